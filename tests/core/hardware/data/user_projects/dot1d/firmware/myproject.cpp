#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    input_t a[4], input2_t b[4],
    result_t layer5_out[1]
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS ARRAY_RESHAPE variable=a complete dim=0
    #pragma HLS ARRAY_RESHAPE variable=b complete dim=0
    #pragma HLS ARRAY_PARTITION variable=layer5_out complete dim=0
    #pragma HLS INTERFACE ap_vld port=a,b,layer5_out 
    #pragma HLS PIPELINE

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<fa_weight_t, 16>(w3, "w3.txt");
        nnet::load_weights_from_txt<fa_bias_t, 4>(b3, "b3.txt");
        nnet::load_weights_from_txt<fb_weight_t, 16>(w4, "w4.txt");
        nnet::load_weights_from_txt<fb_bias_t, 4>(b4, "b4.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    fa_result_t layer3_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer3_out complete dim=0

    fb_result_t layer4_out[4];
    #pragma HLS ARRAY_PARTITION variable=layer4_out complete dim=0

    nnet::dense<input_t, fa_result_t, config3>(a, layer3_out, w3, b3); // fa

    nnet::dense<input2_t, fb_result_t, config4>(b, layer4_out, w4, b4); // fb

    nnet::dot1d<fa_result_t, fb_result_t, result_t, config5>(layer3_out, layer4_out, layer5_out); // dot

}

