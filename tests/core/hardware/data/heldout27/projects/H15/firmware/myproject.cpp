#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    hls::stream<input_t> &depthwise_conv2d_input,
    hls::stream<result_t> &layer2_out
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS INTERFACE axis port=depthwise_conv2d_input,layer2_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<depthwise_conv2d_weight_t, 27>(w2, "w2.txt");
        nnet::load_weights_from_txt<depthwise_conv2d_bias_t, 3>(b2, "b2.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    nnet::depthwise_conv_2d_cl<input_t, result_t, config2>(depthwise_conv2d_input, layer2_out, w2, b2); // depthwise_conv2d

}

