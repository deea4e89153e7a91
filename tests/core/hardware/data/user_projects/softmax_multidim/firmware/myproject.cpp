#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t x[3*4],
    result_t layer3_out[3*4]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=x complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=x,layer3_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<fc_weight_t, 16>(w4, "w4.txt");
        nnet::load_weights_from_txt<fc_bias_t, 4>(b4, "b4.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    fc_result_t layer4_out[3*4];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    nnet::pointwise_conv_1d_cl<input_t, fc_result_t, config5>(x, layer4_out, w4, b4); // fc

    nnet::softmax_multidim<fc_result_t, result_t, softmax_config3>(layer4_out, layer3_out); // sm

}

