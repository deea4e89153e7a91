#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t input_1[3*2],
    result_t layer5_out[2]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=input_1 complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=input_1,layer5_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<lstm_weight_t, 16>(w2, "w2.txt");
        nnet::load_weights_from_txt<lstm_recurrent_weight_t, 16>(wr2, "wr2.txt");
        nnet::load_weights_from_txt<lstm_bias_t, 8>(b2, "b2.txt");
        nnet::load_weights_from_txt<lstm_recurrent_bias_t, 8>(br2, "br2.txt");
        nnet::load_weights_from_txt<fc_weight_t, 4>(w3, "w3.txt");
        nnet::load_weights_from_txt<fc_bias_t, 2>(b3, "b3.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    layer2_t layer2_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0

    fc_result_t layer3_out[2];
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0

    nnet::lstm_stack<input_t, layer2_t, config2>(input_1, layer2_out, w2, wr2, b2, br2); // lstm

    nnet::dense<layer2_t, fc_result_t, config3>(layer2_out, layer3_out, w3, b3); // fc

    nnet::leaky_relu<fc_result_t, leaky_param_t, result_t, LeakyReLU_config5>(layer3_out, 0.10000000149011612, layer5_out); // leaky

}

